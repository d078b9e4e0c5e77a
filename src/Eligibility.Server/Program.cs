using Eligibility.Server.Health;
using Eligibility.Server.Hosting;
using Eligibility.Server.Manuals;

var builder = WebApplication.CreateBuilder(args);
builder.AddEmbeddedIndex();
builder.AddIngestion();
builder.AddSampleManuals();

var app = builder.Build();
app.MapHealth();
app.Run();

/// <summary>Entry point, visible to the host tests.</summary>
public partial class Program;
