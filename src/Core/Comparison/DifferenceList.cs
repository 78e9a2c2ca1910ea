using System.Collections.Generic;

namespace DeepCopy.Core.Comparison
{
    /// <summary>The differences found so far, up to the caller's limit; walkers stop as soon as it is full.</summary>
    internal sealed class DifferenceList
    {
        private readonly int _max;

        public DifferenceList(int max)
        {
            _max = max;
        }

        public List<DeepDifference> Items { get; } = new List<DeepDifference>();

        public bool IsFull => _max > 0 && Items.Count >= _max;

        public void Add(DeepDifference difference)
        {
            if (!IsFull)
            {
                Items.Add(difference);
            }
        }
    }
}
