using Eligibility.Benchmarks;

// Usage: dotnet run -c Release --project bench/Eligibility.Benchmarks -- ingest [manifest.json] [runs]
//        dotnet run -c Release --project bench/Eligibility.Benchmarks -- retrieval [passages] [questions]
//        dotnet run -c Release --project bench/Eligibility.Benchmarks -- audit-verify [entries…]
//        dotnet run -c Release --project bench/Eligibility.Benchmarks -- fuzz <eligibility-ingest.dll> <folder of PDFs> [mutations] [seconds] [seed]
//        (scripts/fuzz-ingest.sh builds the CLI and runs the fuzz over ../shared/corpus/pdf)
//        dotnet run -c Release --project bench/Eligibility.Benchmarks -- readers [../shared/corpus] [runs]
var what = args.Length > 0 ? args[0] : "ingest";
return what switch
{
    "ingest" => await IngestionBenchmark.RunAsync(args.Skip(1).ToArray()),
    "retrieval" => await RetrievalBenchmark.RunAsync(args.Skip(1).ToArray()),
    "probe" => await StageProbe.RunAsync(args.Skip(1).ToArray()),
    "audit-verify" => await AuditVerifyBenchmark.RunAsync(args.Skip(1).ToArray()),
    "audit-verify-once" => await AuditVerifyBenchmark.VerifyOnceAsync(args[1]),
    "fuzz" => await IngestionFuzz.RunAsync(args.Skip(1).ToArray()),
    "readers" => await ReaderBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Eligibility.Benchmarks ingest [manifest.json] [runs] | retrieval [passages] [questions] | audit-verify [entries…]");
    return 2;
}
