using MessagePack;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Reads one value from a msgpack reader positioned at it.</summary>
internal delegate T PayloadReading<out T>(ref MessagePackReader reader);
