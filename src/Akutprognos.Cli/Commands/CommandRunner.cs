using Akutprognos.Ingest.Csv;
using Akutprognos.Storage;
using Akutprognos.Web;
using Akutprognos.Web.Schedule;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// Runs a command body and turns the failures a user can act on into one line on stderr and a non-zero
/// exit: bad input files, an unusable database, bad settings, impossible requests. Anything else is a bug and keeps its trace.
/// </summary>
static class CommandRunner
{
    /// <summary>Exit code for input that cannot be used (bad file, bad option value).</summary>
    public const int BadInput = 1;

    /// <summary>Exit code for a database that cannot be opened or written.</summary>
    public const int StorageFailure = 3;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (StorageException e)
        {
            return Fail(e.Message, StorageFailure);
        }
        catch (UsageException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (SettingException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (ForecastUnavailableException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (StaffingUnavailableException e)
        {
            return Fail(e.Message, BadInput);
        }
    }

    static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"akutprognos: {message}");
        return code;
    }
}

/// <summary>A request that cannot be carried out as asked (unknown zone, a series too short to forecast …).</summary>
sealed class UsageException(string message) : Exception(message);
