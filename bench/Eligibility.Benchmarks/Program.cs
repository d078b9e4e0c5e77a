using Eligibility.Benchmarks;

// Usage: dotnet run -c Release --project bench/Eligibility.Benchmarks -- ingest [manifest.json] [runs]
//        dotnet run -c Release --project bench/Eligibility.Benchmarks -- retrieval [passages] [questions]
//        dotnet run -c Release --project bench/Eligibility.Benchmarks -- audit-verify [entries…]
var what = args.Length > 0 ? args[0] : "ingest";
return what switch
{
    "ingest" => await IngestionBenchmark.RunAsync(args.Skip(1).ToArray()),
    "retrieval" => await RetrievalBenchmark.RunAsync(args.Skip(1).ToArray()),
    "probe" => await StageProbe.RunAsync(args.Skip(1).ToArray()),
    "audit-verify" => await AuditVerifyBenchmark.RunAsync(args.Skip(1).ToArray()),
    "audit-verify-once" => await AuditVerifyBenchmark.VerifyOnceAsync(args[1]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Eligibility.Benchmarks ingest [manifest.json] [runs] | retrieval [passages] [questions] | audit-verify [entries…]");
    return 2;
}
