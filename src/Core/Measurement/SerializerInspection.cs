namespace DeepCopy.Core.Measurement
{
    /// <summary>What <see cref="SerializerHazards.Inspect"/> found in a graph, for the PSSerializer baseline.</summary>
    public sealed class SerializerInspection
    {
        internal SerializerInspection(string? dataTablePath, int graphDepth)
        {
            DataTablePath = dataTablePath;
            GraphDepth = graphDepth;
        }

        /// <summary>The path of the first DataSet, DataTable or DataRow, or null when the graph holds none.</summary>
        public string? DataTablePath { get; }

        /// <summary>The deepest step of the graph from its root, counting every member, element and wrapper on the way.</summary>
        public int GraphDepth { get; }
    }
}
