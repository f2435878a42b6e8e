namespace SharpStack.Image.Tests.Support;

/// <summary>The callers of <see cref="ImageApiServer"/>, each with a fixed token.</summary>
public enum ImagePersona
{
    /// <summary>admin (with member and reader) on the admin project.</summary>
    Admin,

    /// <summary>member (with reader) on project A.</summary>
    MemberA,

    /// <summary>reader only on project A.</summary>
    ReaderA,

    /// <summary>member (with reader) on project B.</summary>
    MemberB,

    /// <summary>member (with reader) on project C.</summary>
    MemberC,
}
