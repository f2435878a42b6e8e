using System.Buffers.Text;

namespace SharpStack.Identity.Application.Tokens.Fernet;

/// <summary>Python's <c>base64.urlsafe_b64encode/decode</c>: the urlsafe alphabet, padding optional on input.</summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes, bool padding)
    {
        var text = System.Buffers.Text.Base64Url.EncodeToString(bytes);
        return padding ? text.PadRight((text.Length + 3) / 4 * 4, '=') : text;
    }

    /// <exception cref="FormatException">Not urlsafe base64.</exception>
    public static byte[] Decode(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text.AsSpan().TrimEnd('='));

    /// <summary>Decodes without throwing; false for text that is not urlsafe base64.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        text = text.TrimEnd('=');
        written = 0;
        if (System.Buffers.Text.Base64Url.GetMaxDecodedLength(text.Length) > destination.Length)
        {
            return false;
        }

        try
        {
            return System.Buffers.Text.Base64Url.TryDecodeFromChars(text, destination, out written);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
