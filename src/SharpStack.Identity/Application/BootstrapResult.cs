namespace SharpStack.Identity.Application;

/// <summary>What a bootstrap changed: rows written (0 when everything was already in place) and generated passwords by user name.</summary>
public sealed record BootstrapResult(int ChangedRows, IReadOnlyDictionary<string, string> GeneratedPasswords);
