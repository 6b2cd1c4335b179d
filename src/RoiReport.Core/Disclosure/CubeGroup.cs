using RoiReport.Core.Benchmarks;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Disclosure;

/// <summary>
/// A group of a wave's cube as the disclosure control sees it: every combination of the dimensions,
/// each fixed or "all", including those that fix a blank label. A blank is never published as a
/// group, but the firms that left a label blank are a set an attacker can reach by subtraction
/// (a parent less all its children), so it is <see cref="Virtual"/> and protected like a group.
/// </summary>
/// <param name="Codes">Per dimension: a label code, <see cref="WaveTable.Blank"/>, or <see cref="GroupCodes.All"/>.</param>
/// <param name="Mask">The group's level: bit d set where dimension d is fixed.</param>
/// <param name="Cells">The cells the group is made of, ascending.</param>
internal sealed record CubeGroup(int[] Codes, int Mask, bool Virtual, int[] Cells)
{
    /// <summary>Every group of the cube whose cells have these codes, level by level (<see cref="WaveBenchmarks.LevelMasks"/>), each level by codes.</summary>
    public static List<CubeGroup> Enumerate(IReadOnlyList<int[]> cellCodes, int dimensions)
    {
        var groups = new List<CubeGroup>();
        foreach (var mask in WaveBenchmarks.LevelMasks(dimensions))
        {
            var members = new Dictionary<int[], List<int>>(GroupCodes.Comparer);
            for (var c = 0; c < cellCodes.Count; c++)
            {
                var codes = new int[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    codes[d] = (mask & (1 << d)) == 0 ? GroupCodes.All : cellCodes[c][d];
                }
                if (!members.TryGetValue(codes, out var cells))
                {
                    members[codes] = cells = [];
                }
                cells.Add(c);
            }
            groups.AddRange(members
                .OrderBy(m => m.Key, GroupCodes.Comparer)
                .Select(m => new CubeGroup(m.Key, mask, m.Key.Contains(WaveTable.Blank), [.. m.Value])));
        }
        return groups;
    }
}
