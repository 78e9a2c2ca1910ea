using System.Data;
using System.Threading;
using DeepCopy.Core.Comparison;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// What in a graph makes PowerShell's serializer (the PSSerializer baseline) unusable on it. Asked once, before a
    /// measurement starts, so the walk is never timed.
    /// </summary>
    public static class SerializerHazards
    {
        /// <summary>
        /// The path of the first DataSet, DataTable or DataRow in the graph, or null when it holds none. PSSerializer
        /// writes a row's Table, and the table's rows, again at every level of depth, so its output grows faster than
        /// exponentially with the depth asked for (3 rows: 1 MB at depth 4, 190 MB at depth 8), and a round trip at a
        /// depth deep enough for any graph does not finish.
        /// </summary>
        public static string? FindDataTable(object? root, CancellationToken cancellationToken = default)
        {
            var walk = new GraphWalk(cancellationToken);
            string? found = null;
            walk.Walk(root, (node, path) =>
            {
                if (node is DataSet || node is DataTable || node is DataRow)
                {
                    found = PathFormatter.Format(walk.Paths, path, PathSegmentKind.Transparent, null, 0);
                    return false;
                }

                return true;
            });
            return found;
        }
    }
}
