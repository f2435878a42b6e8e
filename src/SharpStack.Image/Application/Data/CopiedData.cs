namespace SharpStack.Image.Application.Data;

/// <summary>What streaming an image's data produced: its size, hex MD5 and SHA-512, and the virtual size when known.</summary>
internal sealed record CopiedData(long Size, string Md5, string Sha512, long? VirtualSize);
