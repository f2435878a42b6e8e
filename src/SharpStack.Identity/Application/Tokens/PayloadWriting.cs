using MessagePack;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Writes <paramref name="state"/> as one msgpack value.</summary>
internal delegate void PayloadWriting<in TState>(ref MessagePackWriter writer, TState state);
