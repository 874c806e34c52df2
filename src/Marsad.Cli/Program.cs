using Marsad.Cli;

return await MarsadCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
