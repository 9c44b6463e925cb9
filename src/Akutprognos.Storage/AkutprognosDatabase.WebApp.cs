using Akutprognos.Storage.Accounts;
using Akutprognos.Storage.Audit;
using Akutprognos.Storage.Runs;
using Akutprognos.Storage.Settings;

namespace Akutprognos.Storage;

// What the web host stores besides the data: accounts, keys, the audit log, settings and job runs.
public sealed partial class AkutprognosDatabase
{
    /// <summary>All users, by name.</summary>
    public IReadOnlyList<UserAccount> Users() => Read(AccountStore.Users);

    /// <summary>The user with this name (trimmed, ordinal), or null.</summary>
    public UserAccount? User(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Read(connection => AccountStore.User(connection, name));
    }

    /// <summary>Adds a user unless the name is taken; returns whether it was added. <paramref name="audit"/> is written in the same transaction.</summary>
    public bool AddUser(string name, string role, string passwordHash, AuditEntry audit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        return Write("Adding a user", transaction =>
        {
            var added = AccountStore.Add(transaction, name, role, passwordHash, NowUtc);
            if (added)
            {
                AuditStore.Record(transaction, audit);
            }
            return added;
        });
    }

    /// <summary>Changes a user's role, password (when <paramref name="passwordHash"/> is not null) and disabled flag; false when there is no such user.</summary>
    public bool UpdateUser(string name, string role, string? passwordHash, bool disabled, AuditEntry audit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Write("Changing a user", transaction =>
        {
            var updated = AccountStore.Update(transaction, name, role, passwordHash, disabled);
            if (updated)
            {
                AuditStore.Record(transaction, audit);
            }
            return updated;
        });
    }

    /// <summary>Stores a new API key by its hash and returns its id.</summary>
    public long AddApiKey(string name, string keyHash, string role, AuditEntry audit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyHash);
        return Write("Adding an API key", transaction =>
        {
            var id = AccountStore.AddKey(transaction, name, keyHash, role, NowUtc);
            AuditStore.Record(transaction, audit);
            return id;
        });
    }

    /// <summary>Revokes a key; false when it does not exist or was revoked already.</summary>
    public bool RevokeApiKey(long id, AuditEntry audit) => Write("Revoking an API key", transaction =>
    {
        var revoked = AccountStore.RevokeKey(transaction, id, NowUtc);
        if (revoked)
        {
            AuditStore.Record(transaction, audit);
        }
        return revoked;
    });

    /// <summary>The working (not revoked) key with this hash, or null.</summary>
    public ApiKeyInfo? ApiKeyByHash(string keyHash) => Read(connection => AccountStore.KeyByHash(connection, keyHash));

    /// <summary>All keys, revoked ones included, oldest first.</summary>
    public IReadOnlyList<ApiKeyInfo> ApiKeys() => Read(AccountStore.Keys);

    /// <summary>Appends one line to the audit log.</summary>
    public void Audit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Write("Writing the audit log", transaction =>
        {
            AuditStore.Record(transaction, entry);
            return 0;
        });
    }

    /// <summary>The latest <paramref name="count"/> audit lines, newest first.</summary>
    public IReadOnlyList<AuditEntry> AuditLog(int count = 200) => Read(connection => AuditStore.Latest(connection, count));

    /// <summary>All stored settings by name.</summary>
    public IReadOnlyDictionary<string, string> Settings() => Read(SettingsStore.All);

    /// <summary>Stores the settings in one transaction with one audit line naming what changed; returns the changed names.</summary>
    public IReadOnlyList<string> SaveSettings(IReadOnlyDictionary<string, string> values, string actor) =>
        SaveSettings(values, changed => new AuditEntry(clock.GetUtcNow(), actor, "settings changed", string.Join(", ", changed)));

    /// <summary>
    /// Stores the settings in one transaction and, when any value changed, <paramref name="audit"/> (which says
    /// what changed from what) in the same one; returns the changed names.
    /// </summary>
    public IReadOnlyList<string> SaveSettings(IReadOnlyDictionary<string, string> values, AuditEntry audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return SaveSettings(values, _ => audit);
    }

    List<string> SaveSettings(IReadOnlyDictionary<string, string> values, Func<List<string>, AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Write("Saving settings", transaction =>
        {
            var changed = SettingsStore.Set(transaction, values, NowUtc);
            if (changed.Count > 0)
            {
                AuditStore.Record(transaction, audit(changed));
            }
            return changed;
        });
    }

    /// <summary>Records the start of a job run and returns its id.</summary>
    public long StartRun(string kind, DateOnly? date) => Write("Recording a run", transaction => RunStore.Start(transaction, kind, date, NowUtc));

    /// <summary>Records how run <paramref name="id"/> ended: ok or failed.</summary>
    public void FinishRun(long id, bool ok, string detail) => FinishRun(id, ok ? RunOutcomes.Ok : RunOutcomes.Failed, detail);

    /// <summary>Records how run <paramref name="id"/> ended: one of <see cref="RunOutcomes"/>.</summary>
    public void FinishRun(long id, string outcome, string detail) => Write("Recording a run", transaction =>
    {
        RunStore.Finish(transaction, id, outcome, detail, NowUtc);
        return 0;
    });

    /// <summary>The latest <paramref name="count"/> runs, newest first.</summary>
    public IReadOnlyList<JobRun> Runs(int count = 50) => Read(connection => RunStore.Latest(connection, count));

    /// <summary>When the stored forecast for <paramref name="date"/> was made, or null when there is none.</summary>
    public DateTimeOffset? ForecastMade(DateOnly date) => Read(connection => RunStore.ForecastMade(connection, date));
}
