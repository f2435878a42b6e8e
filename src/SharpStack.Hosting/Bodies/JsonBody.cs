using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace SharpStack.Hosting.Bodies;

/// <summary>
/// A minimal-API parameter that reads the JSON body with the API's serializer options and answers
/// 400 naming the bad field (instead of ASP.NET Core's bodiless 400) when it does not fit <typeparamref name="T"/>.
/// </summary>
public sealed record JsonBody<T>(T Value)
{
#pragma warning disable CA1000 // Minimal APIs find BindAsync as a static member of the parameter type.
    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new JsonBody<T>(await context.Request.ReadJsonBodyAsync<T>(context.RequestAborted));
    }
#pragma warning restore CA1000
}
