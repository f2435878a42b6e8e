namespace SharpStack.Image.Application.Import;

/// <summary>Bus message from the import API to the Image service's import worker: run this task.</summary>
internal sealed record ImportImageCommand(string TaskId);
