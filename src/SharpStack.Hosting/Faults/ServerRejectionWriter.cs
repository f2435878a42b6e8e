using System.Buffers;
using System.IO.Pipelines;

namespace SharpStack.Hosting.Faults;

/// <summary>
/// The connection's output as Kestrel sees it: bytes pass straight through, except that a flush which starts with an
/// HTTP/1.x error status line is held until the flush and handed to <see cref="ServerRejectionResponse"/>, so that
/// Kestrel's own bodiless rejections go out with the service's fault body. Responses the application writes carry a
/// content type (the fault middleware sees to it) and are left as they are.
/// </summary>
internal sealed class ServerRejectionWriter(PipeWriter inner, ServiceApiOptions service) : PipeWriter
{
    private const int StatusPrefixLength = 10;
    private ArrayBufferWriter<byte>? _held;

    // Kestrel keeps writing into the rest of a span after advancing part of it (Pipe allows that), so the memory last
    // lent from the inner writer is remembered with how much of it has been advanced.
    private Memory<byte> _lent;
    private int _lentAdvanced;
    private bool _lentFromInner;
    private bool _atFlushStart = true;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + (_held?.WrittenCount ?? 0);

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        _lentFromInner = _held is null;
        _lent = _held is not null ? _held.GetMemory(sizeHint) : inner.GetMemory(sizeHint);
        _lentAdvanced = 0;
        return _lent;
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        if (_lentFromInner && _lentAdvanced + bytes > _lent.Length)
        {
            throw new InvalidOperationException($"Cannot advance past the end of the buffer, which has a size of {_lent.Length}.");
        }

        var written = _lentFromInner ? _lent.Span.Slice(_lentAdvanced, bytes) : default;
        _lentAdvanced += bytes;
        if (_held is not null)
        {
            if (_lentFromInner)
            {
                _held.Write(written);
            }
            else
            {
                _held.Advance(bytes);
            }

            return;
        }

        if (_atFlushStart && bytes > 0)
        {
            _atFlushStart = false;
            if (_lentFromInner && MayStartErrorResponse(written))
            {
                _held = new ArrayBufferWriter<byte>(Math.Max(bytes, 512));
                _held.Write(written);
                return;
            }
        }

        inner.Advance(bytes);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Release();
        _atFlushStart = true;
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        Release();
        inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        Release();
        return inner.CompleteAsync(exception);
    }

    private void Release()
    {
        if (_held is not { } held)
        {
            return;
        }

        _held = null;
        ReadOnlySpan<byte> bytes = ServerRejectionResponse.TryRewrite(held.WrittenSpan, service, out var rewritten) ? rewritten : held.WrittenSpan;
        inner.Write(bytes);
    }

    /// <summary>Whether the bytes begin (or, when shorter, are the beginning of) <c>HTTP/1.0 4</c>, <c>HTTP/1.1 5</c> and so on.</summary>
    private static bool MayStartErrorResponse(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> version = "HTTP/1."u8;
        for (var i = 0; i < Math.Min(bytes.Length, StatusPrefixLength); i++)
        {
            var ok = i switch
            {
                < 7 => bytes[i] == version[i],
                7 => bytes[i] is (byte)'0' or (byte)'1',
                8 => bytes[i] == (byte)' ',
                _ => bytes[i] is (byte)'4' or (byte)'5',
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
