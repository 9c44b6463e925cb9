using Google.OrTools.Sat;

namespace Akutprognos.Core.Staffing;

/// <summary>A decision in a covering problem: how many of one shift to add (sign +1) or take away (sign −1).</summary>
/// <param name="Hours">Indices of the hours the shift covers wholly.</param>
/// <param name="Sign">+1 adds staff to those hours, −1 removes them.</param>
/// <param name="UpperBound">The most that may be chosen.</param>
/// <param name="Cost">Objective coefficient per unit, e.g. staff-minutes; negative for a saving.</param>
internal sealed record CoverColumn(IReadOnlyList<int> Hours, int Sign, int UpperBound, long Cost);

/// <summary>
/// The integer program min Σ cost_j·x_j subject to baseline_h + Σ_j sign_j·x_j·[j covers h] ≥ required_h,
/// 0 ≤ x_j ≤ upper_j, x integer — the set-covering staffing model of Dantzig (1954) — solved to proven
/// optimality with OR-Tools CP-SAT.
/// </summary>
internal static class CoverSolver
{
    /// <summary>The optimal x; throws when no choice covers every hour or the solver cannot prove an optimum.</summary>
    public static int[] Solve(IReadOnlyList<int> required, IReadOnlyList<int> baseline, IReadOnlyList<CoverColumn> columns)
    {
        var model = new CpModel();
        var x = columns.Select((c, j) => model.NewIntVar(0, c.UpperBound, "x" + j.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var byHour = Enumerable.Range(0, required.Count).Select(_ => new List<int>()).ToArray();
        for (var j = 0; j < columns.Count; j++)
        {
            foreach (var h in columns[j].Hours)
            {
                byHour[h].Add(j);
            }
        }
        for (var h = 0; h < required.Count; h++)
        {
            var need = required[h] - baseline[h];
            if (byHour[h].Count == 0)
            {
                if (need > 0)
                {
                    throw new InvalidOperationException($"No shift covers hour {h} of the day, which needs {need} more staff.");
                }
                continue;
            }
            var terms = byHour[h].Select(j => x[j]).ToArray();
            var signs = byHour[h].Select(j => (long)columns[j].Sign).ToArray();
            model.Add(LinearExpr.WeightedSum(terms, signs) >= need);
        }
        model.Minimize(LinearExpr.WeightedSum(x, columns.Select(c => c.Cost)));
        // One worker: these models are tiny, and a single thread keeps the answer the same run to run.
        var solver = new CpSolver { StringParameters = "num_workers:1" };
        var status = solver.Solve(model);
        if (status != CpSolverStatus.Optimal)
        {
            throw new InvalidOperationException($"The shift optimisation ended {status} instead of with a proven optimum.");
        }
        return [.. x.Select(v => (int)solver.Value(v))];
    }
}
