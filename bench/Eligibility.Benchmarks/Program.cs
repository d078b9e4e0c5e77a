using Eligibility.Benchmarks;

// Usage: dotnet run -c Release --project bench/Eligibility.Benchmarks -- ingest [manifest.json] [runs]
//        dotnet run -c Release --project bench/Eligibility.Benchmarks -- retrieval [passages] [questions]
var what = args.Length > 0 ? args[0] : "ingest";
return what switch
{
    "ingest" => await IngestionBenchmark.RunAsync(args.Skip(1).ToArray()),
    "retrieval" => await RetrievalBenchmark.RunAsync(args.Skip(1).ToArray()),
    "probe" => await StageProbe.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Eligibility.Benchmarks ingest [manifest.json] [runs] | retrieval [passages] [questions]");
    return 2;
}
