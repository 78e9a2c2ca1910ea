using System;
using System.Data;
using System.Threading;
using DeepCopy.Core.Comparison;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// What in a graph decides how PowerShell's serializer (the PSSerializer baseline) can be run on it. Asked once,
    /// before a measurement starts, so the walk is never timed.
    /// </summary>
    public static class SerializerHazards
    {
        /// <summary>
        /// Walks the graph once. PSSerializer follows properties, not references: a FileInfo's Directory has a Parent
        /// and a Root, each a new object, so at an unlimited depth it never finishes; a DataRow's Table lists its rows
        /// again at every level, so even a depth just past the graph's takes minutes (three rows: 1 MB at depth 4,
        /// 190 MB and 31 s at depth 8). The graph's own depth, as the copy walks it, tells the baseline how deep to go;
        /// a table tells it not to go at all.
        /// </summary>
        public static SerializerInspection Inspect(object? root, CancellationToken cancellationToken = default)
        {
            var walk = new GraphWalk(cancellationToken);
            string? table = null;
            var depth = 0;
            walk.Walk(root, (node, path) =>
            {
                depth = Math.Max(depth, walk.Paths[path].Depth);
                if (node is DataSet || node is DataTable || node is DataRow)
                {
                    table = PathFormatter.Format(walk.Paths, path, PathSegmentKind.Transparent, null, 0);
                    return false;
                }

                return true;
            });
            return new SerializerInspection(table, depth);
        }
    }
}
