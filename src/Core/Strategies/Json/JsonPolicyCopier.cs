using DeepCopy.Core.Engine;
using DeepCopy.Core.Pooling;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// Runs a Clone or custom-copier type policy for the Json strategy. It goes through the exact engine, on a pooled
    /// context that follows the same policies, so the copier is called as it is for every other strategy: with a real
    /// <see cref="DeepCopyContext"/> (children it copies through it come back exact and complete), with the same check
    /// that it returned the source's type, and with its failures reported as HandlerFailed at the value's JSON path.
    /// </summary>
    internal static class JsonPolicyCopier
    {
        public static object? Run(object value, DeepCopyOptions options, string path, int depth)
        {
            // Part of a Json copy, which is not a pooled copy: not counted in the thread's pool hit rate.
            var context = ContextPool.Rent(AdaptiveObjectFiller.Instance, isThreadsOwnCopy: false);
            try
            {
                return context.RunAt(value, options, path, depth);
            }
            finally
            {
                ContextPool.Return(context);
            }
        }
    }
}
