using System.IO.Hashing;
using System.Text;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// One reading thread's counts: applies the counting rules to each request and keeps, per signal and local
/// hour, the set of keyed visitor hashes. Addresses and agents are hashed here and never kept: agents only
/// as a 64-bit digest that remembers whether the agent is a crawler, visitors only as keyed hashes.
/// </summary>
internal sealed class VisitorTally
{
    readonly WeblogOptions options;
    readonly SignalRule[] signals;
    readonly Dictionary<long, HashSet64>[] hours;
    readonly HashSet64?[] lastSets;
    readonly Dictionary<ulong, bool> agents = [];
    long lastHour = long.MinValue;
    long offsetSlot = long.MinValue;
    long offsetSeconds;
    long keyDay = long.MinValue;
    SipHash dayHash;

    public VisitorTally(WeblogOptions options)
    {
        this.options = options;
        signals = [.. options.Signals];
        hours = [.. signals.Select(_ => new Dictionary<long, HashSet64>())];
        lastSets = new HashSet64?[signals.Length];
    }

    byte[] buffer = [];

    public LineCounts Counts { get; } = new();

    /// <summary>This thread's read buffer, at least <paramref name="length"/> bytes, reused for every piece it reads.</summary>
    public byte[] Buffer(int length)
    {
        if (buffer.Length < length)
        {
            buffer = GC.AllocateUninitializedArray<byte>(length);
        }
        return buffer;
    }

    /// <summary>Per signal (in the order of the options), the visitor hashes of each hour, keyed by the hour's UTC epoch seconds.</summary>
    public IReadOnlyList<Dictionary<long, HashSet64>> Hours => hours;

    public void Count(ref LogRequest request)
    {
        if (!RequestRules.IsCountedStatus(request.Status))
        {
            Counts.Errors++;
            return;
        }
        if (!RequestRules.IsCountedMethod(request.Method))
        {
            Counts.OtherMethods++;
            return;
        }
        var path = RequestRules.PathOf(request.Target);
        if (RequestRules.IsAsset(path))
        {
            Counts.Assets++;
            return;
        }
        var agent = XxHash3.HashToUInt64(request.Agent);
        if (IsCrawler(agent, request.Agent, request.AgentPlusForSpace))
        {
            Counts.Crawlers++;
            return;
        }
        Counts.PageViews++;
        var hour = LocalHour(request.UtcSeconds, out var day);
        var visitor = VisitorHash(ref request, agent, day);
        if (hour != lastHour)
        {
            Array.Clear(lastSets);
            lastHour = hour;
        }
        for (var s = 0; s < signals.Length; s++)
        {
            if (signals[s].Matches(path))
            {
                (lastSets[s] ??= SetOf(s, hour)).Add(visitor);
            }
        }
    }

    /// <summary>Adds the sets of <paramref name="other"/> into this tally's.</summary>
    public void Merge(VisitorTally other)
    {
        Counts.Add(other.Counts);
        for (var s = 0; s < signals.Length; s++)
        {
            foreach (var (hour, set) in other.hours[s])
            {
                if (hours[s].TryGetValue(hour, out var mine))
                {
                    if (mine.Count < set.Count)
                    {
                        set.UnionWith(mine);
                        hours[s][hour] = set;
                    }
                    else
                    {
                        mine.UnionWith(set);
                    }
                }
                else
                {
                    hours[s][hour] = set;
                }
            }
        }
        Array.Clear(lastSets);
        lastHour = long.MinValue;
    }

    HashSet64 SetOf(int signal, long hour)
    {
        if (!hours[signal].TryGetValue(hour, out var set))
        {
            hours[signal][hour] = set = new HashSet64();
        }
        return set;
    }

    ulong VisitorHash(ref LogRequest request, ulong agent, long day)
    {
        if (day != keyDay)
        {
            dayHash = options.Key.ForDay(DateOnly.FromDayNumber((int)(day + 719162)));
            keyDay = day;
        }
        Span<byte> message = stackalloc byte[256];
        if (options.UseVisitorId && !request.VisitorId.IsEmpty)
        {
            var id = request.VisitorId[..Math.Min(request.VisitorId.Length, 255)];
            message[0] = 0xFE;
            id.CopyTo(message[1..]);
            return dayHash.Hash(message[..(id.Length + 1)]);
        }
        var client = request.Client[..Math.Min(request.Client.Length, 240)];
        client.CopyTo(message);
        message[client.Length] = 0xFF;
        BitConverter.TryWriteBytes(message[(client.Length + 1)..], agent);
        return dayHash.Hash(message[..(client.Length + 9)]);
    }

    /// <summary>The UTC epoch seconds of the start of the local hour holding <paramref name="utcSeconds"/>, and its local day number.</summary>
    long LocalHour(long utcSeconds, out long localDay)
    {
        // Offsets change only on quarter hours in every real zone: one lookup per quarter hour of traffic.
        var slot = Math.DivRem(utcSeconds, 900, out var within) - (within < 0 ? 1 : 0);
        if (slot != offsetSlot)
        {
            offsetSeconds = (long)options.TimeZone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(slot * 900)).TotalSeconds;
            offsetSlot = slot;
        }
        var local = utcSeconds + offsetSeconds;
        var localHourStart = local - (((local % 3600) + 3600) % 3600);
        localDay = Math.DivRem(local, 86400, out var r) - (r < 0 ? 1 : 0);
        return localHourStart - offsetSeconds;
    }

    bool IsCrawler(ulong digest, ReadOnlySpan<byte> agent, bool plusForSpace)
    {
        if (!agents.TryGetValue(digest, out var crawler))
        {
            var text = Encoding.UTF8.GetString(agent);
            agents[digest] = crawler = CrawlerAgents.IsCrawler(plusForSpace ? text.Replace('+', ' ') : text);
        }
        return crawler;
    }
}
