namespace SharpStack.Common.Policy.Parsing;

internal sealed record ParseProblem(PolicyWarningKind Kind, string Message);
