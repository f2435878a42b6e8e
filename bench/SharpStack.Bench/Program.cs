using System.CommandLine;
using SharpStack.Bench;

var identityUrl = new Option<Uri>("--identity") { Description = "Identity endpoint.", DefaultValueFactory = _ => new Uri("http://127.0.0.1:5000") };
var user = new Option<string>("--user") { DefaultValueFactory = _ => "admin" };
var password = new Option<string>("--password") { Required = true };
var project = new Option<string>("--project") { DefaultValueFactory = _ => "admin" };
var seconds = new Option<int>("--seconds") { Description = "Seconds per scenario and concurrency.", DefaultValueFactory = _ => 10 };
var concurrency = new Option<int[]>("--concurrency") { DefaultValueFactory = _ => [1, 32], AllowMultipleArgumentsPerToken = true };

var identity = new Command("identity", "Token issue per second (password and token methods) and validations per second, with p50/p99.")
{
    identityUrl, user, password, project, seconds, concurrency,
};
identity.SetAction(async result =>
{
    var results = await IdentityBenchmark.RunAsync(
        result.GetValue(identityUrl)!, result.GetValue(user)!, result.GetValue(password)!, result.GetValue(project)!,
        result.GetValue(concurrency)!, TimeSpan.FromSeconds(result.GetValue(seconds)));
    foreach (var line in results)
    {
        Console.WriteLine(line);
    }
});

var root = new RootCommand("Benchmarks against a running SharpStack.") { identity };
return await root.Parse(args).InvokeAsync();
