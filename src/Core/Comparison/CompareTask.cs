namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Work a walker schedules on its stack that needs to know whether pairs of values are structurally equal (pairing
    /// object keys, comparing comparers). It never asks by calling a nested comparison: it hands the question back,
    /// the walker suspends, and <see cref="ComparisonRun"/> answers it in a frame of its own, so a graph that goes on
    /// through such keys costs heap, not call stack.
    /// </summary>
    internal abstract class CompareTask
    {
        public object? QuestionReference { get; private set; }

        public object? QuestionDifference { get; private set; }

        /// <summary>Works on until it needs an answer (returns true, with the question set) or is finished (returns false).</summary>
        public abstract bool Advance(CompareWalker walker);

        /// <summary>The answer to the latest question: whether the two values are structurally equal.</summary>
        public abstract void Answer(bool equal);

        protected bool Ask(object? reference, object? difference)
        {
            QuestionReference = reference;
            QuestionDifference = difference;
            return true;
        }
    }
}
