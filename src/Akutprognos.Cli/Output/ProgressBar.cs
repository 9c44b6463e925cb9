using System.Globalization;
using Akutprognos.Ingest.Weblogs;

namespace Akutprognos.Cli.Output;

/// <summary>
/// A one-line progress bar on stderr for long reads, redrawn five times a second from the bytes read so far.
/// Shown only when stderr is a terminal and the read lasts over half a second; erased when done.
/// </summary>
sealed class ProgressBar : IDisposable
{
    const int Width = 30;

    readonly ScanProgress progress;
    readonly Timer? timer;
    bool drawn;

    public ProgressBar(ScanProgress progress)
    {
        this.progress = progress;
        if (!Console.IsErrorRedirected)
        {
            timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(200));
        }
    }

    public void Dispose()
    {
        if (timer is null)
        {
            return;
        }
        using var stopped = new ManualResetEvent(false);
        timer.Dispose(stopped);
        stopped.WaitOne();
        if (drawn)
        {
            Console.Error.Write("\r" + new string(' ', Width + 40) + "\r");
        }
    }

    void Draw()
    {
        var total = Math.Max(1, progress.TotalBytes);
        var share = Math.Clamp((double)progress.BytesRead / total, 0, 1);
        var filled = (int)(share * Width);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {share,4:P0}  {progress.BytesRead / 1e6:F0} of {total / 1e6:F0} MB"));
        drawn = true;
    }
}
