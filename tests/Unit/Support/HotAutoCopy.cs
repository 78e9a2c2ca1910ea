using System;
using DeepCopy.Core;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Tests.Support;

/// <summary>
/// An Auto copy of a graph holding more objects of <typeparamref name="T"/> than the compile threshold, with the type
/// plan it compiled. Tests running in parallel register handlers and shared types, which throws every plan away; a copy
/// whose plan was thrown away meanwhile is made again, so the plan returned is the one the copy used.
/// </summary>
internal static class HotAutoCopy<T>
{
    public static (TGraph Copy, TypePlan Plan) Make<TGraph>(TGraph source)
        where TGraph : class
    {
        for (var attempt = 0; ; attempt++)
        {
            var plan = TypePlanCache.Get(typeof(T));
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto })!;
            if (ReferenceEquals(plan, TypePlanCache.Get(typeof(T))) || attempt == 4)
            {
                return (copy, plan);
            }
        }
    }
}
