namespace SharpStack.Identity.Application.Tokens;

/// <summary>The key repository after a rotation: its folder, the key numbers in it (0 staged, the highest primary) and the numbers removed.</summary>
public sealed record FernetRotationResult(string Location, IReadOnlyList<int> Keys, IReadOnlyList<int> Removed);
