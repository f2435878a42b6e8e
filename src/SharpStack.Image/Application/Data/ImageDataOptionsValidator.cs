using Microsoft.Extensions.Options;

namespace SharpStack.Image.Application.Data;

internal sealed class ImageDataOptionsValidator : IValidateOptions<ImageDataOptions>
{
    public ValidateOptionsResult Validate(string? name, ImageDataOptions options)
    {
        var failures = new List<string>();
        if (options.ImageSizeCap <= 0)
        {
            failures.Add("[DEFAULT] image_size_cap must be a positive number of bytes.");
        }

        if (!ImageHashAlgorithms.TryGet(options.HashingAlgorithm, out _))
        {
            failures.Add($"[DEFAULT] hashing_algorithm '{options.HashingAlgorithm}' is not supported; use one of {string.Join(", ", ImageHashAlgorithms.Supported)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
