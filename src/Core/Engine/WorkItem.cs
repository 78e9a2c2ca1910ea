using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Engine
{
    /// <summary>An object whose shell exists and is registered, waiting for its fields or entries to be copied.</summary>
    internal struct WorkItem
    {
        public object Source;
        public object Copy;
        public TypePlan Plan;
        public int Path;
    }
}
