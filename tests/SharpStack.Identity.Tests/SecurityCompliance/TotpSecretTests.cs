using System.Text;
using SharpStack.Identity.Application.SecurityCompliance;

namespace SharpStack.Identity.Tests.SecurityCompliance;

public sealed class TotpSecretTests
{
    [Theory]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "12345678901234567890")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQ", "123456789012345678")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3T====", "12345678901234567")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY======", "1234567890123456")]
    public void Decode_Base32AsKeystonePadsIt_Key(string blob, string key)
    {
        Assert.Equal(Encoding.ASCII.GetBytes(key), TotpSecret.Decode(blob));
    }

    // Each refused by Python's base64.b32decode after Keystone's padding, or by cryptography's 128-bit minimum.
    [Theory]
    [InlineData("")]
    [InlineData("========")]
    [InlineData("gezdgnbvgy3tqojqgezdgnbvgy3tqojq")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJq")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ0")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQG")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQO")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ========")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVG=3TQOJQ")]
    [InlineData(" GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBV")]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ\u00c9")]
    public void Decode_WhatKeystoneCannotDecode_Null(string blob)
    {
        Assert.Null(TotpSecret.Decode(blob));
    }
}
