namespace SharpStack.Image.Application.Data;

/// <summary>What streaming an image's data produced: its size, hex MD5, the secure hash's name and hex value, and the virtual size when known.</summary>
internal sealed record CopiedData(long Size, string Md5, string OsHashAlgo, string OsHashValue, long? VirtualSize);
