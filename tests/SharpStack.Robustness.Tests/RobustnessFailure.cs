namespace SharpStack.Robustness.Tests;

/// <summary>One request whose answer broke a rule: what was sent, by whom, what came back and which rule.</summary>
public sealed record RobustnessFailure(RobustRoute Route, string Class, Caller Caller, string Path, int Status, string Problem, string Excerpt)
{
    public override string ToString()
    {
        var path = Path.Length > 120 ? Path[..120] + "…" : Path;
        return $"{Route.Method} {Route.Pattern} [{Class}] as {Caller}: {Status} — {Problem}; sent {path}; got {Excerpt}";
    }
}
