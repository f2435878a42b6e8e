namespace SharpStack.Common.Policy.Parsing;

/// <summary>A token of the policy language; Value is a check, a string literal or the token's text.</summary>
internal readonly record struct Token(TokenKind Kind, object Value);
