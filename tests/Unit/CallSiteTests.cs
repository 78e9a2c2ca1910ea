using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A dynamic call site is the runtime binder's cache, shared by everything that uses it (PowerShell keeps some on its
/// variables): an object holding one copies, and the copy shares the site instead of failing on its cached delegates.
/// </summary>
public sealed class CallSiteTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_call_site_is_shared_and_the_rest_copied(DeepCopyStrategy strategy)
    {
        var site = CallSite<Func<CallSite, object, object>>.Create(new UnusedBinder());
        var source = new SiteHolder { Site = site, Items = new List<int> { 1, 2 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Same(site, copy.Site);
        Assert.NotSame(source.Items, copy.Items);
        Assert.Equal(source.Items, copy.Items);
    }

    private sealed class SiteHolder
    {
        public CallSite? Site;
        public List<int>? Items;
    }

    /// <summary>The site is never invoked; a binder is only needed to make one.</summary>
    private sealed class UnusedBinder : CallSiteBinder
    {
        public override Expression Bind(object[] args, ReadOnlyCollection<ParameterExpression> parameters, LabelTarget returnLabel) =>
            throw new NotSupportedException("never bound");
    }
}
