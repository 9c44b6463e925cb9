namespace Akutprognos.Storage.Sql;

/// <summary>A table keyed by two columns with one integer value: the shape of every series table.</summary>
/// <param name="Name">The table.</param>
/// <param name="First">The first key column.</param>
/// <param name="Second">The second key column.</param>
/// <param name="Value">The integer value column (arrivals, visitors).</param>
internal sealed record UpsertTable(string Name, KeyColumn First, KeyColumn Second, string Value)
{
    /// <summary>The temporary table an import fills before merging (columns k1, k2, v).</summary>
    public string Staging => "staged_" + Name;
}

/// <summary>A key column; <see cref="IsText"/> false means BIGINT.</summary>
internal readonly record struct KeyColumn(string Name, bool IsText)
{
    /// <summary>The neutral type, with the <c>{name}</c> token so staged and stored text compare under one collation.</summary>
    public string SqlType => IsText ? "{name}" : "BIGINT";
}

/// <summary>One row for the staging table: keys are <see cref="long"/> or <see cref="string"/>.</summary>
internal readonly record struct StagedRow(object First, object Second, int Value);
