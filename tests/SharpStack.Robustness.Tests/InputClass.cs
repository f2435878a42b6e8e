namespace SharpStack.Robustness.Tests;

/// <summary>A class of bad input: the request it makes of a route, or null where it does not apply.</summary>
public sealed record InputClass(string Name, Func<RouteCase, RobustRequest?> Build);
