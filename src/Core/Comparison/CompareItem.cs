namespace DeepCopy.Core.Comparison
{
    /// <summary>Two values waiting to be compared, or a task waiting to run on, and where they sit (an entry of the walker's path table).</summary>
    internal struct CompareItem
    {
        public object? Reference;
        public object? Difference;
        public int Path;
        public CompareTask? Task;
    }
}
