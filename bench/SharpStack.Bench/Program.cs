using System.CommandLine;
using SharpStack.Bench;

var identityUrl = new Option<string>("--identity") { Description = "Identity endpoint.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
var user = new Option<string>("--user") { DefaultValueFactory = _ => "admin" };
var password = new Option<string>("--password") { Required = true };
var project = new Option<string>("--project") { DefaultValueFactory = _ => "admin" };
var seconds = new Option<int>("--seconds") { Description = "Seconds per scenario and concurrency.", DefaultValueFactory = _ => 10 };
var concurrency = new Option<int[]>("--concurrency") { DefaultValueFactory = _ => [1, 32], AllowMultipleArgumentsPerToken = true };

var scenarios = new Option<string[]>("--scenarios")
{
    Description = "Which scenarios to run: password, token, validate.",
    DefaultValueFactory = _ => ["password", "token", "validate"],
    AllowMultipleArgumentsPerToken = true,
};

var bcryptCost = new Option<int>("--bcrypt-cost")
{
    Description = "Cost of the hash the C bcrypt limit checks: the cloud's [identity] password_hash_rounds.",
    DefaultValueFactory = _ => 12,
};

var identity = new Command("identity", "Token issue per second (password and token methods) and validations per second, with p50/p99; password issue against the C bcrypt limit.")
{
    identityUrl, user, password, project, seconds, concurrency, scenarios, bcryptCost,
};
identity.SetAction(async result =>
{
    var results = await IdentityBenchmark.RunAsync(
        new Uri(result.GetValue(identityUrl)!), result.GetValue(user)!, result.GetValue(password)!, result.GetValue(project)!,
        result.GetValue(concurrency)!, TimeSpan.FromSeconds(result.GetValue(seconds)),
        result.GetValue(scenarios)!.ToHashSet(StringComparer.Ordinal), result.GetValue(bcryptCost));
    foreach (var line in results)
    {
        Console.WriteLine(line);
    }
});

var imageUrl = new Option<string>("--image") { Description = "Image endpoint.", DefaultValueFactory = _ => "http://127.0.0.1:9292" };
var sizeMiB = new Option<int>("--size-mib") { Description = "Image size in MiB.", DefaultValueFactory = _ => 1024 };
var storeFolder = new Option<string>("--store-dir") { Description = "The image store's folder (dd runs there, on the same disk).", Required = true };
var rounds = new Option<int>("--rounds") { Description = "Upload/download rounds; the median ratio is reported.", DefaultValueFactory = _ => 3 };
var image = new Command("image", "Upload and download MiB/s of one image against dd writing (conv=fsync) and reading (cold cache) as much in the store's folder.")
{
    identityUrl, imageUrl, user, password, project, sizeMiB, storeFolder, rounds,
};
image.SetAction(async result =>
{
    var lines = await ImageBenchmark.RunAsync(
        new Uri(result.GetValue(identityUrl)!), new Uri(result.GetValue(imageUrl)!.TrimEnd('/') + "/"), result.GetValue(user)!,
        result.GetValue(password)!, result.GetValue(project)!, result.GetValue(sizeMiB), result.GetValue(storeFolder)!, result.GetValue(rounds));
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }
});

var root = new RootCommand("Benchmarks against a running SharpStack.") { identity, image };
return await root.Parse(args).InvokeAsync();
