using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SharpStack.Bench;

/// <summary>
/// One thread's <c>struct crypt_data</c> for libxcrypt (<c>libcrypt.so.1</c>), the C bcrypt Keystone's hashes come from;
/// a check is <c>crypt_rn</c> of the password under the stored hash, compared in constant time, as Identity does it.
/// </summary>
internal sealed unsafe partial class CryptBuffer : IDisposable
{
    private const string Library = "libcrypt.so.1";

    // <crypt.h>: sizeof(struct crypt_data) and CRYPT_GENSALT_OUTPUT_SIZE.
    private const int DataSize = 32768;
    private const int GensaltOutputSize = 192;

    private readonly byte* _data = (byte*)NativeMemory.AllocZeroed(DataSize);

    /// <summary>A <c>$2b$</c> hash of <paramref name="password"/> at <paramref name="cost"/>, with a random salt.</summary>
    public string Hash(string password, int cost)
    {
        var prefix = "$2b$\0"u8;
        var random = RandomNumberGenerator.GetBytes(16);
        var setting = stackalloc byte[GensaltOutputSize];
        fixed (byte* prefixPointer = prefix, randomPointer = random)
        {
            if (CryptGensaltRn(prefixPointer, new CULong((uint)cost), randomPointer, random.Length, setting, GensaltOutputSize) is null)
            {
                throw new InvalidOperationException($"libxcrypt refused a $2b$ setting of cost {cost}.");
            }
        }

        return Crypt(password, Marshal.PtrToStringAnsi((nint)setting)!) ?? throw new InvalidOperationException("libxcrypt refused to hash.");
    }

    public bool Verify(string password, string hash) =>
        Crypt(password, hash) is { } computed
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(hash));

    public void Dispose() => NativeMemory.Free(_data);

    private string? Crypt(string password, string setting)
    {
        fixed (byte* phrase = Encoding.UTF8.GetBytes(password + "\0"), settingPointer = Encoding.ASCII.GetBytes(setting + "\0"))
        {
            var result = CryptRn(phrase, settingPointer, _data, DataSize);
            return result is null ? null : Marshal.PtrToStringAnsi((nint)result);
        }
    }

    [LibraryImport(Library, EntryPoint = "crypt_rn")]
    private static partial byte* CryptRn(byte* phrase, byte* setting, void* data, int size);

    [LibraryImport(Library, EntryPoint = "crypt_gensalt_rn")]
    private static partial byte* CryptGensaltRn(byte* prefix, CULong count, byte* randomBytes, int randomByteCount, byte* output, int outputSize);
}
