namespace SharpStack.Common.Policy.Parsing;

internal enum TokenKind
{
    Open,
    Close,
    And,
    Or,
    Not,
    String,
    Check,
    AndExpr,
    OrExpr,
}
