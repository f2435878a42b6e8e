using SharpStack.Common.Policy.Checks;

namespace SharpStack.Common.Policy.Parsing;

/// <summary>
/// oslo.policy's greedy shift-reduce parser. Reducing after every shift gives its precedence:
/// "not" binds tightest, then "and", then "or"; parentheses group.
/// </summary>
internal sealed class ParseState
{
    private readonly List<Token> _stack = [];

    public void Shift(Token token)
    {
        _stack.Add(token);
        Reduce();
    }

    public PolicyCheck? Result =>
        _stack is [{ Kind: TokenKind.Check or TokenKind.AndExpr or TokenKind.OrExpr, Value: PolicyCheck check }] ? check : null;

    private void Reduce()
    {
        while (TryReduceThree() || TryReduceNot())
        {
        }
    }

    private bool TryReduceThree()
    {
        if (_stack.Count < 3)
        {
            return false;
        }

        var (left, middle, right) = (_stack[^3], _stack[^2], _stack[^1]);
        switch (left.Kind, middle.Kind, right.Kind)
        {
            case (TokenKind.Open, TokenKind.Check or TokenKind.AndExpr or TokenKind.OrExpr, TokenKind.Close):
                Replace(TokenKind.Check, middle.Value);
                return true;
            case (TokenKind.Check, TokenKind.And, TokenKind.Check):
                Replace(TokenKind.AndExpr, new AndCheck([Check(left), Check(right)]));
                return true;
            case (TokenKind.AndExpr, TokenKind.And, TokenKind.Check):
                ((AndCheck)left.Value).Rules.Add(Check(right));
                Replace(TokenKind.AndExpr, left.Value);
                return true;
            case (TokenKind.OrExpr, TokenKind.And, TokenKind.Check):
                // "a or b and c": "and" takes the last operand of the "or".
                var or = (OrCheck)left.Value;
                var last = or.Rules[^1];
                or.Rules.RemoveAt(or.Rules.Count - 1);
                if (last is AndCheck and)
                {
                    and.Rules.Add(Check(right));
                    or.Rules.Add(and);
                }
                else
                {
                    or.Rules.Add(new AndCheck([last, Check(right)]));
                }

                Replace(TokenKind.OrExpr, or);
                return true;
            case (TokenKind.Check or TokenKind.AndExpr, TokenKind.Or, TokenKind.Check):
                Replace(TokenKind.OrExpr, new OrCheck([Check(left), Check(right)]));
                return true;
            case (TokenKind.OrExpr, TokenKind.Or, TokenKind.Check):
                ((OrCheck)left.Value).Rules.Add(Check(right));
                Replace(TokenKind.OrExpr, left.Value);
                return true;
            default:
                return false;
        }
    }

    private bool TryReduceNot()
    {
        if (_stack is not [.., { Kind: TokenKind.Not }, { Kind: TokenKind.Check } operand])
        {
            return false;
        }

        _stack.RemoveRange(_stack.Count - 2, 2);
        _stack.Add(new Token(TokenKind.Check, new NotCheck(Check(operand))));
        return true;
    }

    private void Replace(TokenKind kind, object value)
    {
        _stack.RemoveRange(_stack.Count - 3, 3);
        _stack.Add(new Token(kind, value));
    }

    private static PolicyCheck Check(Token token) => (PolicyCheck)token.Value;
}
