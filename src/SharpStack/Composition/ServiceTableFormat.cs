namespace SharpStack.Composition;

/// <summary>How <c>sharpstack config services</c> prints the composition.</summary>
internal enum ServiceTableFormat
{
    Text,
    Markdown,
    Json,
}
