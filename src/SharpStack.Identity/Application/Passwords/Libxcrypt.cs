using System.Runtime.InteropServices;
using System.Text;

namespace SharpStack.Identity.Application.Passwords;

/// <summary>
/// libxcrypt (Debian's <c>libcrypt.so.1</c>, the C bcrypt Keystone's hashes come from) through its reentrant calls. Every
/// call owns a zeroed <c>struct crypt_data</c>, freed afterwards, so any number of threads may hash at once.
/// </summary>
internal sealed unsafe partial class Libxcrypt : ICryptLibrary
{
    private const string Library = "libcrypt.so.1";

    // <crypt.h>: sizeof(struct crypt_data), the offsets and sizes of its output, setting and input fields, and
    // CRYPT_GENSALT_OUTPUT_SIZE.
    private const int DataSize = 32768;
    private const int FieldSize = 384;
    private const int SettingOffset = FieldSize;
    private const int InputOffset = 2 * FieldSize;
    private const int InputSize = 512;
    private const int GensaltOutputSize = 192;

    public string? GenerateSetting(string prefix, int cost, ReadOnlySpan<byte> randomBytes)
    {
        Span<byte> prefixZ = stackalloc byte[Encoding.ASCII.GetByteCount(prefix) + 1];
        Encoding.ASCII.GetBytes(prefix, prefixZ);
        Span<byte> output = stackalloc byte[GensaltOutputSize];
        fixed (byte* prefixPointer = prefixZ, random = randomBytes, outputPointer = output)
        {
            var result = CryptGensaltRn(prefixPointer, new CULong((uint)cost), random, randomBytes.Length, outputPointer, GensaltOutputSize);
            return result is null ? null : Marshal.PtrToStringAnsi((nint)result);
        }
    }

    public string? Crypt(ReadOnlySpan<byte> phrase, string setting)
    {
        if (phrase.Length >= InputSize || Encoding.ASCII.GetByteCount(setting) >= FieldSize)
        {
            return null;
        }

        var data = (byte*)NativeMemory.AllocZeroed(DataSize);
        try
        {
            Encoding.ASCII.GetBytes(setting, new Span<byte>(data + SettingOffset, FieldSize));
            phrase.CopyTo(new Span<byte>(data + InputOffset, InputSize));
            var result = CryptRn(data + InputOffset, data + SettingOffset, data, DataSize);
            return result is null ? null : Marshal.PtrToStringAnsi((nint)result);
        }
        finally
        {
            NativeMemory.Clear(data, DataSize);
            NativeMemory.Free(data);
        }
    }

    [LibraryImport(Library, EntryPoint = "crypt_rn")]
    private static partial byte* CryptRn(byte* phrase, byte* setting, void* data, int size);

    [LibraryImport(Library, EntryPoint = "crypt_gensalt_rn")]
    private static partial byte* CryptGensaltRn(byte* prefix, CULong count, byte* randomBytes, int randomByteCount, byte* output, int outputSize);
}
