using System.Buffers;
using System.Security.Cryptography;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Data.Formats;
using SharpStack.Image.Application.Stores;

namespace SharpStack.Image.Application.Data;

/// <summary>
/// Copies image data from a stream into a store writer through two pooled 1 MiB buffers: while one chunk is
/// written and hashed (MD5 and the configured secure hash in parallel), the next is read. The image is never held in memory.
/// </summary>
internal static class ImageDataCopier
{
    public const int ChunkSize = FileStoreWriter.ChunkSize;

    /// <summary>Glance's 413 message when the data goes past <c>image_size_cap</c>.</summary>
    public const string TooLargeMessage = "The incoming image is too large: The provided image is too large.";

    /// <summary>
    /// Copies until the source ends, hashing with <paramref name="hashAlgorithm"/> (an <see cref="ImageHashAlgorithms"/> name);
    /// throws <see cref="RequestEntityTooLargeException"/> past <paramref name="sizeCap"/> bytes.
    /// </summary>
    public static async Task<CopiedData> CopyAsync(
        Stream source, IStoreWriter writer, long sizeCap, string hashAlgorithm, DiskFormatInspector inspector, CancellationToken ct)
    {
        if (!ImageHashAlgorithms.TryGet(hashAlgorithm, out var algorithm))
        {
            throw new ArgumentException($"Unsupported hash algorithm '{hashAlgorithm}'.", nameof(hashAlgorithm));
        }

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var multihash = IncrementalHash.CreateHash(algorithm);
        var current = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var next = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var pending = Task.CompletedTask;
        long size = 0;
        try
        {
            while (true)
            {
                var read = await FillAsync(source, current, ct);
                await pending;
                if (read == 0)
                {
                    break;
                }

                if (size + read > sizeCap)
                {
                    throw new RequestEntityTooLargeException(TooLargeMessage);
                }

                pending = ProcessAsync(new ReadOnlyMemory<byte>(current, 0, read), size, writer, md5, multihash, inspector, ct);
                size += read;
                (current, next) = (next, current);
            }
        }
        finally
        {
            await pending.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }

        return new CopiedData(
            size,
            Convert.ToHexStringLower(md5.GetHashAndReset()),
            hashAlgorithm,
            Convert.ToHexStringLower(multihash.GetHashAndReset()),
            inspector.VirtualSize(size));
    }

    private static async Task ProcessAsync(
        ReadOnlyMemory<byte> chunk, long position, IStoreWriter writer, IncrementalHash md5, IncrementalHash multihash,
        DiskFormatInspector inspector, CancellationToken ct)
    {
        var write = writer.WriteAsync(chunk, ct).AsTask();
        var md5Task = Task.Run(() => md5.AppendData(chunk.Span), ct);
        multihash.AppendData(chunk.Span);
        inspector.Feed(position, chunk.Span);
        await Task.WhenAll(write, md5Task);
    }

    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < ChunkSize)
        {
            var read = await source.ReadAsync(buffer.AsMemory(filled, ChunkSize - filled), ct);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
