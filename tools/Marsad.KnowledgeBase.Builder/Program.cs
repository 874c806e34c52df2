using Marsad.KnowledgeBase.Builder;

// Rebuilds the derived knowledge-base files (countries.tsv, cities.tsv, name-words.tsv) from the public
// lists in ../shared/data. Hand-written files (people, roles, organizations, ...) are not touched.
//   dotnet run --project tools/Marsad.KnowledgeBase.Builder -- [DATA_DIR] [OUTPUT_DIR]
var repo = FindRepositoryRoot();
var data = args.Length > 0 ? args[0] : Path.Combine(repo, "..", "shared", "data");
var output = args.Length > 1 ? args[1] : Path.Combine(repo, "src", "Marsad.Core", "Resources", "KnowledgeBase");
try
{
    var countries = CountrySource.Read(data);
    var cities = CitySource.Read(data, countries);
    Directory.CreateDirectory(output);
    DerivedFileWriter.WriteCountries(Path.Combine(output, "countries.tsv"), countries);
    DerivedFileWriter.WriteCities(Path.Combine(output, "cities.tsv"), cities);
    var nameWords = NameWordSource.Read(data);
    DerivedFileWriter.WriteNameWords(Path.Combine(output, "name-words.tsv"), nameWords);
    Console.WriteLine($"{countries.Count} countries, {cities.Count} cities, {nameWords.Count} name words written to {output}");
    return 0;
}
catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
        {
            return dir.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
