using System.Text;
using Marsad.Cli;

// Console.Out flushes on every write; a buffered writer keeps extract's JSON Lines fast.
// The underlying console stream ignores a closed pipe (marsad extract ... | head), as Console.Out does.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
await using (stdout.ConfigureAwait(false))
{
    var code = await MarsadCli.RunAsync(args, stdout, Console.Error).ConfigureAwait(false);
    await stdout.FlushAsync().ConfigureAwait(false);
    return code;
}
