namespace Marsad.Cli;

/// <summary>The contract's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>Some inputs could not be processed; the others were.</summary>
    public const int SomeFailed = 1;

    /// <summary>Bad usage: unknown verb, bad option.</summary>
    public const int Usage = 2;

    /// <summary>Nothing could be processed.</summary>
    public const int NothingProcessed = 3;

    /// <summary>The exit code of a run that read <paramref name="ok"/> documents and failed on <paramref name="failed"/>.</summary>
    public static int For(long ok, long failed) => failed == 0 ? Success : ok == 0 ? NothingProcessed : SomeFailed;
}
