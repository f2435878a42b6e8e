namespace SharpStack.Image.Application.Import;

/// <summary>What every store's copy of one import shares: the disk format to inspect and the hash to compute (read once, as Glance's import flow).</summary>
internal sealed record StoreCopy(string? DiskFormat, string HashAlgorithm);
