using Akutprognos.Ingest.Csv;
using Akutprognos.Storage;
using Akutprognos.Web;

namespace Akutprognos.Cli.Commands;

/// <summary>The exit codes of every command (README, "Exit codes").</summary>
static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>An input file or value cannot be used (the message names file, line and problem).</summary>
    public const int Input = 1;

    /// <summary>The command line asks for something impossible (unknown option value, conflicting flags).</summary>
    public const int Usage = 2;

    /// <summary>The database cannot be opened, read or written; nothing was half-written.</summary>
    public const int Storage = 3;

    /// <summary>The data cannot support what was asked (data ending too long ago, too little history, no forecast stored).</summary>
    public const int Unavailable = 4;

    /// <summary>Part was done: the forecasts that could be made were made and stored, the others are named with their reasons.</summary>
    public const int Partial = 5;
}

/// <summary>
/// Runs a command body and turns the failures a user can act on into one line on stderr and the exit code of their kind
/// (<see cref="ExitCodes"/>): bad input files and settings, impossible requests, an unusable database. This is the one
/// place they are caught; anything else is a bug and keeps its trace.
/// </summary>
static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            return Fail(e.Message, ExitCodes.Input);
        }
        catch (SettingException e)
        {
            return Fail(e.Message, ExitCodes.Input);
        }
        catch (UsageException e)
        {
            return Fail(e.Message, ExitCodes.Usage);
        }
        catch (StorageException e)
        {
            return Fail(e.Message, ExitCodes.Storage);
        }
        catch (CommandFailure e)
        {
            return Fail(e.Message, e.Code);
        }
    }

    /// <summary>Prints <paramref name="message"/> as the command's one line on stderr and returns <paramref name="code"/>.</summary>
    public static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"akutprognos: {message}");
        return code;
    }
}

/// <summary>A request on the command line that cannot be carried out as asked (unknown zone, conflicting flags …).</summary>
sealed class UsageException(string message) : Exception(message);

/// <summary>A command that cannot go on, with the exit code of its kind (<see cref="ExitCodes"/>) and one line saying why.</summary>
sealed class CommandFailure(string message, int code) : Exception(message)
{
    public int Code { get; } = code;
}
